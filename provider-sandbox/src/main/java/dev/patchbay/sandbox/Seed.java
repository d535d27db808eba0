package dev.patchbay.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic, realistic-looking seed data. The same index always gives the same person, company
 * or job, so tests can name what they expect and every provider's data lines up.
 */
public final class Seed {
  /** Seeded updates spread backwards from here, so {@code updated_after} filters have work. */
  public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private static final List<String> FIRST =
      List.of(
          "Ada",
          "Grace",
          "Alan",
          "Edsger",
          "Barbara",
          "Donald",
          "Margaret",
          "Linus",
          "Radia",
          "Ken",
          "Frances",
          "Tim",
          "Shafi",
          "Leslie",
          "Katherine",
          "Dennis",
          "Hedy",
          "John",
          "Sophie",
          "Niklaus",
          "Anita",
          "Bjarne",
          "Karen",
          "Guido",
          "Jean",
          "Yukihiro",
          "Lynn",
          "James",
          "Adele",
          "Whitfield");
  private static final List<String> LAST =
      List.of(
          "Lovelace",
          "Hopper",
          "Turing",
          "Dijkstra",
          "Liskov",
          "Knuth",
          "Hamilton",
          "Torvalds",
          "Perlman",
          "Thompson",
          "Allen",
          "Berners-Lee",
          "Goldwasser",
          "Lamport",
          "Johnson",
          "Ritchie",
          "Lamarr",
          "McCarthy",
          "Wilson",
          "Wirth",
          "Borg",
          "Stroustrup",
          "Sparck-Jones",
          "van Rossum",
          "Bartik",
          "Matsumoto",
          "Conway",
          "Gosling",
          "Goldberg",
          "Diffie");
  private static final List<String> DEPARTMENTS =
      List.of("Engineering", "Sales", "Marketing", "Finance", "People", "Support", "Product");
  private static final List<String> TITLES =
      List.of(
          "Software Engineer",
          "Account Executive",
          "Product Manager",
          "Data Analyst",
          "Designer",
          "Recruiter",
          "Support Specialist",
          "Controller",
          "Marketing Manager");
  private static final List<String> CITIES =
      List.of("London", "Berlin", "New York", "Lisbon", "Toronto", "Sydney", "Paris");
  private static final List<String> COUNTRIES = List.of("GB", "DE", "US", "PT", "CA", "AU", "FR");
  private static final List<String> COMPANY_WORDS =
      List.of(
          "Acme",
          "Globex",
          "Initech",
          "Umbrella",
          "Hooli",
          "Stark",
          "Wayne",
          "Tyrell",
          "Cyberdyne",
          "Soylent",
          "Aperture",
          "Vandelay",
          "Wonka",
          "Oscorp",
          "Massive");
  private static final List<String> INDUSTRIES =
      List.of("Software", "Retail", "Finance", "Healthcare", "Manufacturing", "Media");

  private Seed() {}

  /** A person: employees, candidates and contacts are all built from these. */
  public record Person(
      int index,
      String firstName,
      String lastName,
      String email,
      String phone,
      String jobTitle,
      String department,
      String city,
      String country,
      String gender,
      LocalDate birthDate,
      LocalDate hireDate,
      String employmentStatus,
      String employmentType,
      Integer managerIndex,
      Instant createdAt,
      Instant updatedAt) {
    public String displayName() {
      return firstName + " " + lastName;
    }
  }

  public record Company(
      int index, String name, String domain, String industry, int employees, Instant updatedAt) {}

  public record Job(
      int index,
      String title,
      String department,
      String city,
      String country,
      String status,
      Instant createdAt,
      Instant updatedAt) {}

  /** Person {@code index} (1-based), with e-mail addresses at {@code domain}. */
  public static Person person(int index, String domain) {
    Random random = new Random(31L * index + 7);
    String first = FIRST.get(random.nextInt(FIRST.size()));
    String last = LAST.get((index * 7 + random.nextInt(5)) % LAST.size());
    int place = random.nextInt(CITIES.size());
    LocalDate hired = LocalDate.of(2015, 1, 5).plusDays(random.nextInt(3650));
    Instant updated = EPOCH.minus(index * 37L % 700, ChronoUnit.DAYS);
    String status = index % 17 == 0 ? "terminated" : index % 23 == 0 ? "leave" : "active";
    String type = index % 9 == 0 ? "part_time" : index % 13 == 0 ? "contractor" : "full_time";
    return new Person(
        index,
        first,
        last,
        slug(first) + "." + slug(last) + index + "@" + domain,
        "+44 20 7946 " + String.format(Locale.ROOT, "%04d", index % 10_000),
        TITLES.get(random.nextInt(TITLES.size())),
        DEPARTMENTS.get(index % DEPARTMENTS.size()),
        CITIES.get(place),
        COUNTRIES.get(place),
        index % 2 == 0 ? "female" : "male",
        LocalDate.of(1970, 1, 1).plusDays(random.nextInt(12_000)),
        hired,
        status,
        type,
        index == 1 ? null : 1 + (index - 1) / 8,
        hired.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
        updated);
  }

  public static Company company(int index) {
    String word = COMPANY_WORDS.get(index % COMPANY_WORDS.size());
    String name = index <= COMPANY_WORDS.size() ? word + " Ltd" : word + " " + index + " Ltd";
    return new Company(
        index,
        name,
        slug(name.replace(" Ltd", "")) + ".example.com",
        INDUSTRIES.get(index % INDUSTRIES.size()),
        10 * (1 + index % 50),
        EPOCH.minus(index * 11L % 400, ChronoUnit.DAYS));
  }

  public static Job job(int index) {
    Random random = new Random(97L * index + 3);
    int place = random.nextInt(CITIES.size());
    Instant created = EPOCH.minus(index * 13L % 500 + 30, ChronoUnit.DAYS);
    return new Job(
        index,
        TITLES.get(random.nextInt(TITLES.size())),
        DEPARTMENTS.get(index % DEPARTMENTS.size()),
        CITIES.get(place),
        COUNTRIES.get(place),
        index % 5 == 0 ? "closed" : index % 7 == 0 ? "draft" : "open",
        created,
        created.plus(index % 30, ChronoUnit.DAYS));
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
