package dev.patchbay.sandbox.providers;

import dev.patchbay.sandbox.Seed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The recruiting world every ATS simulator renders in its own shape: the same jobs, candidates,
 * applications, interviews, scorecards and offers, so scenarios on different ATS connectors can
 * expect the same people. Indexes are 1-based; every value is deterministic.
 */
final class AtsSeed {
  static final int JOBS = 30;
  static final int CANDIDATES = 75;
  static final int USERS = 12;
  static final List<String> DEPARTMENTS =
      List.of("Engineering", "Sales", "Marketing", "Finance", "People", "Support", "Product");
  static final List<String> OFFICES =
      List.of("London", "Berlin", "New York", "Lisbon", "Toronto", "Sydney", "Paris");
  static final List<String> OFFICE_COUNTRIES = List.of("GB", "DE", "US", "PT", "CA", "AU", "FR");
  static final List<String> STAGES =
      List.of(
          "Application Review",
          "Recruiter Screen",
          "Phone Interview",
          "Onsite Interview",
          "Offer",
          "Hired");
  static final int HIRED_STAGE = 5;
  static final List<String> SOURCES =
      List.of("LinkedIn", "Referral", "Company Website", "Indeed", "Recruiting Agency");
  static final List<String> REJECTION_REASONS =
      List.of(
          "Lacking skills or qualifications",
          "Hired elsewhere",
          "Withdrew",
          "Compensation expectations",
          "Position filled");
  static final List<String> RECOMMENDATIONS = List.of("definitely_not", "no", "yes", "strong_yes");

  private AtsSeed() {}

  /** One candidate applying to one job; {@code stage} indexes {@link #STAGES}. */
  record Application(
      int index,
      int candidate,
      int job,
      int stage,
      String status,
      int source,
      int recruiter,
      Instant appliedAt,
      Instant updatedAt) {}

  record Interview(
      int index, Application application, int interviewer, Instant start, Instant end) {
    /** Interviews of applications past the phone interview have happened. */
    boolean complete() {
      return application.stage() > 2;
    }
  }

  record Scorecard(
      int index,
      Application application,
      int interviewer,
      String recommendation,
      Instant submittedAt) {}

  record Offer(
      int index, Application application, String status, Instant createdAt, LocalDate startDate) {}

  /**
   * A UUID-shaped id that names its kind and index, for providers with UUID ids: kind 2, index 7 is
   * {@code 00000002-0000-4000-8000-000000000007}.
   */
  static String uuid(int kind, long index) {
    return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012d", kind, index);
  }

  static Seed.Job job(int index) {
    return Seed.job(index);
  }

  /** 0-based index of the job's department in {@link #DEPARTMENTS}. */
  static int department(Seed.Job job) {
    return DEPARTMENTS.indexOf(job.department());
  }

  /** 0-based index of the job's office in {@link #OFFICES}. */
  static int office(Seed.Job job) {
    return OFFICES.indexOf(job.city());
  }

  static Seed.Person candidate(int index) {
    return Seed.person(index, "mail.example.com");
  }

  /** The recruiting team: hiring managers, recruiters and interviewers. */
  static Seed.Person user(int index) {
    return Seed.person(500 + index, "acme.example.com");
  }

  /** The candidate's current employer. */
  static String company(int candidate) {
    return Seed.company(candidate).name();
  }

  /**
   * Every candidate's application, then a second one for every tenth candidate (indexes after
   * {@link #CANDIDATES}).
   */
  static List<Application> applications() {
    List<Application> out = new ArrayList<>();
    for (int i = 1; i <= CANDIDATES; i++) {
      int stage = i % STAGES.size();
      String status = stage == HIRED_STAGE ? "hired" : i % 9 == 0 ? "rejected" : "active";
      Instant applied = Seed.EPOCH.minus(i * 3L % 200 + 10, ChronoUnit.DAYS);
      out.add(
          new Application(
              i,
              i,
              1 + i * 7 % JOBS,
              stage,
              status,
              i % SOURCES.size(),
              1 + i % USERS,
              applied,
              applied.plus(i % 7, ChronoUnit.DAYS)));
    }
    for (int i = 10; i <= CANDIDATES; i += 10) {
      Instant applied = Seed.EPOCH.minus(i % 30 + 2, ChronoUnit.DAYS);
      out.add(
          new Application(
              CANDIDATES + i / 10,
              i,
              1 + i * 11 % JOBS,
              0,
              "active",
              (i + 1) % SOURCES.size(),
              1 + (i + 3) % USERS,
              applied,
              applied));
    }
    return out;
  }

  /** One interview per application that reached the phone interview. */
  static List<Interview> interviews() {
    List<Interview> out = new ArrayList<>();
    for (Application application : applications()) {
      if (application.stage() >= 2) {
        Instant start =
            application
                .appliedAt()
                .atZone(ZoneOffset.UTC)
                .toLocalDate()
                .plusDays(5)
                .atTime(10, 0)
                .toInstant(ZoneOffset.UTC);
        out.add(
            new Interview(
                out.size() + 1,
                application,
                1 + application.index() % USERS,
                start,
                start.plus(1, ChronoUnit.HOURS)));
      }
    }
    return out;
  }

  /** One scorecard per completed interview. */
  static List<Scorecard> scorecards() {
    List<Scorecard> out = new ArrayList<>();
    for (Interview interview : interviews()) {
      if (interview.complete()) {
        out.add(
            new Scorecard(
                out.size() + 1,
                interview.application(),
                interview.interviewer(),
                RECOMMENDATIONS.get(interview.application().index() % RECOMMENDATIONS.size()),
                interview.end().plus(2, ChronoUnit.HOURS)));
      }
    }
    return out;
  }

  /** One offer per application at the offer stage or hired. */
  static List<Offer> offers() {
    List<Offer> out = new ArrayList<>();
    for (Application application : applications()) {
      if (application.stage() >= 4) {
        Instant created = application.appliedAt().plus(14, ChronoUnit.DAYS);
        out.add(
            new Offer(
                out.size() + 1,
                application,
                application.stage() == HIRED_STAGE ? "accepted" : "unresolved",
                created,
                created.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30)));
      }
    }
    return out;
  }
}
