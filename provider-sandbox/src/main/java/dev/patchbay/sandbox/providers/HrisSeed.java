package dev.patchbay.sandbox.providers;

import dev.patchbay.sandbox.Seed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Seed data the HRIS simulators share on top of {@link Seed}: the company's departments and work
 * sites (as the seeded people use them) and a deterministic set of absences. Each provider renders
 * them in its own JSON shape.
 */
final class HrisSeed {
  /** An office: the city and country a seeded person works in. */
  record Site(int index, String city, String country) {}

  /**
   * One absence of person {@code personIndex}: {@code type} is 0 (vacation), 1 (sick) or 2
   * (unpaid), {@code status} one of approved, pending, declined.
   */
  record Absence(
      int index,
      int personIndex,
      int type,
      LocalDate start,
      LocalDate end,
      String status,
      Instant createdAt) {
    /** Days covered, both ends included. */
    long days() {
      return end.toEpochDay() - start.toEpochDay() + 1;
    }
  }

  private static final List<String> DEPARTMENTS =
      IntStream.range(0, 7).mapToObj(i -> Seed.person(i, "x").department()).toList();
  private static final List<Site> SITES = computeSites();

  private HrisSeed() {}

  /** People 1..{@code count}, with e-mail addresses at {@code domain}. */
  static List<Seed.Person> people(int count, String domain) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> Seed.person(i, domain)).toList();
  }

  /** The departments seeded people belong to, in the order {@link Seed} assigns them. */
  static List<String> departments() {
    return DEPARTMENTS;
  }

  /** 1-based position of a department in {@link #departments()}. */
  static int departmentIndex(String department) {
    return departments().indexOf(department) + 1;
  }

  /** Every city the first 200 seeded people work in, in order of first appearance. */
  static List<Site> sites() {
    return SITES;
  }

  private static List<Site> computeSites() {
    Map<String, String> byCity = new LinkedHashMap<>();
    for (int i = 1; i <= 200; i++) {
      Seed.Person person = Seed.person(i, "x");
      byCity.putIfAbsent(person.city(), person.country());
    }
    List<Site> sites = new ArrayList<>();
    byCity.forEach((city, country) -> sites.add(new Site(sites.size() + 1, city, country)));
    return List.copyOf(sites);
  }

  /** 1-based position of a city in {@link #sites()}. */
  static int siteIndex(String city) {
    return SITES.stream().filter(s -> s.city().equals(city)).findFirst().orElseThrow().index();
  }

  /** {@code count} absences spread over 2026 for people 1..{@code people}. */
  static List<Absence> absences(int count, int people) {
    List<Absence> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      LocalDate start = LocalDate.of(2026, 1, 5).plusDays(i * 7L % 330);
      LocalDate end = start.plusDays(i % 4);
      String status = i % 7 == 0 ? "pending" : i % 11 == 0 ? "declined" : "approved";
      out.add(
          new Absence(
              i,
              1 + (i * 5) % people,
              i % 5 == 0 ? 1 : i % 9 == 0 ? 2 : 0,
              start,
              end,
              status,
              start.minusDays(21).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
    return out;
  }

  /** The seeded person's termination date, for people whose status is terminated. */
  static LocalDate terminationDate(Seed.Person person) {
    return "terminated".equals(person.employmentStatus())
        ? person.hireDate().plusDays(400 + person.index() % 200L)
        : null;
  }
}
