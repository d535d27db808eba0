package dev.patchbay.sandbox.providers;

import dev.patchbay.sandbox.Seed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The CRM book every simulated CRM (HubSpot, Pipedrive, Salesforce, Attio) is seeded from, so the
 * same contact, company and deal appear in each in that provider's own shape. Contacts are {@link
 * Seed#person(int, String)}s, companies {@link Seed#company(int)}s; deals, notes and sales users
 * are derived here. Indexes are 1-based and deterministic.
 */
final class CrmSeed {
  static final int COMPANIES = 25;
  static final int DEALS = 40;
  static final int NOTES = 30;
  static final int USERS = 6;

  /**
   * The stages of the sales pipeline, in order: key, label, win probability (percent). The last,
   * "On hold", is one a customer added: no unified deal status maps it.
   */
  static final List<Stage> STAGES =
      List.of(
          new Stage("appointmentscheduled", "Appointment scheduled", 20, false, false),
          new Stage("qualifiedtobuy", "Qualified to buy", 40, false, false),
          new Stage("presentationscheduled", "Presentation scheduled", 60, false, false),
          new Stage("decisionmakerboughtin", "Decision maker bought-in", 80, false, false),
          new Stage("contractsent", "Contract sent", 90, false, false),
          new Stage("closedwon", "Closed won", 100, true, true),
          new Stage("closedlost", "Closed lost", 0, true, false),
          new Stage("onhold", "On hold", 10, false, false));

  /** Every 13th deal is on hold; the others go round the standard stages. */
  private static final int ON_HOLD_EVERY = 13;

  private static final List<String> PRODUCTS =
      List.of("Platform licence", "Support plan", "Onboarding", "Expansion", "Renewal", "Pilot");

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

  private CrmSeed() {}

  /** An instant as {@code 2025-01-31T09:30:00.000Z}. */
  static String millis(Instant instant) {
    return MILLIS.format(instant);
  }

  record Stage(String key, String label, int probability, boolean closed, boolean won) {}

  record Deal(
      int index,
      String name,
      long amount,
      int stage,
      int company,
      int contact,
      int owner,
      LocalDate closeDate,
      Instant createdAt,
      Instant updatedAt) {}

  /** A company's head office: city, country name (as CRMs store it) and switchboard number. */
  record Office(String city, String country, String phone) {}

  record Note(int index, String body, int contact, int deal, int owner, Instant createdAt) {}

  record User(int index, String firstName, String lastName, String email, Instant createdAt) {}

  /** Contact {@code index} at its company's domain. */
  static Seed.Person contact(int index) {
    return Seed.person(index, Seed.company(companyOf(index)).domain());
  }

  /** The company a contact works for. */
  static int companyOf(int contact) {
    return 1 + (contact - 1) % COMPANIES;
  }

  /** The sales user who owns contact, company or deal {@code index}. */
  static int ownerOf(int index) {
    return 1 + (index - 1) % USERS;
  }

  private static final List<Office> OFFICES =
      List.of(
          new Office("London", "United Kingdom", "+44 20 7946 1"),
          new Office("Berlin", "Germany", "+49 30 901820 "),
          new Office("New York", "United States", "+1 212 555 01"),
          new Office("Lisbon", "Portugal", "+351 21 000 0"),
          new Office("Toronto", "Canada", "+1 416 555 01"));

  /** The head office of company {@code index}; its phone number ends with the index. */
  static Office office(int company) {
    Office office = OFFICES.get(company % OFFICES.size());
    return new Office(
        office.city(), office.country(), office.phone() + String.format("%02d", company));
  }

  static Instant companyCreated(int company) {
    return Seed.company(company).updatedAt().minus(200L + company * 3L, ChronoUnit.DAYS);
  }

  static Deal deal(int index) {
    int company = 1 + (index * 7) % COMPANIES;
    int contact = company + COMPANIES * (index % 2);
    Instant created = Seed.EPOCH.minus(index * 9L % 300 + 20, ChronoUnit.DAYS);
    return new Deal(
        index,
        Seed.company(company).name().replace(" Ltd", "") + " " + PRODUCTS.get(index % 6),
        1_000L * (5 + index * 13 % 95),
        index % ON_HOLD_EVERY == 0 ? STAGES.size() - 1 : index % (STAGES.size() - 1),
        company,
        contact,
        ownerOf(index),
        LocalDate.of(2026, 1, 15).plusDays(index * 5L),
        created,
        created.plus(index % 15, ChronoUnit.DAYS));
  }

  static Note note(int index) {
    int deal = 1 + index % DEALS;
    Deal about = deal(deal);
    return new Note(
        index,
        switch (index % 3) {
          case 0 -> "Call with " + contact(about.contact()).displayName() + ": budget confirmed.";
          case 1 -> "Sent the proposal for " + about.name() + ".";
          default -> "Follow up next week about " + about.name() + ".";
        },
        about.contact(),
        deal,
        ownerOf(index),
        Seed.EPOCH.minus(index * 4L, ChronoUnit.DAYS));
  }

  static User user(int index) {
    Seed.Person person = Seed.person(200 + index, "patchbay-demo.example.com");
    return new User(
        index,
        person.firstName(),
        person.lastName(),
        person.email(),
        Seed.EPOCH.minus(900L - index * 30L, ChronoUnit.DAYS));
  }
}
