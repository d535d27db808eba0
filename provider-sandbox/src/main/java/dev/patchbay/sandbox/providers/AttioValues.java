package dev.patchbay.sandbox.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.sandbox.Json;
import dev.patchbay.sandbox.Seed;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Attio's typed attribute values ({@code {active_from, active_until, created_by_actor,
 * attribute_type, ...}}) and the seeded people, companies, deals, notes, tasks and members built
 * from {@link CrmSeed}.
 */
final class AttioValues {
  /** Attio keeps ISO 3166 alpha-2 country codes in locations. */
  private static final Map<String, String> COUNTRY_CODES =
      Map.of(
          "United Kingdom", "GB",
          "Germany", "DE",
          "United States", "US",
          "Portugal", "PT",
          "Canada", "CA");

  private AttioValues() {}

  /** One typed value from a write's input (short or full form), or empty when it is invalid. */
  static Optional<ObjectNode> typed(String type, JsonNode item, Instant now) {
    ObjectNode value = base(type, now);
    switch (type) {
      case "personal-name" -> {
        if (!item.isObject()) {
          return Optional.empty();
        }
        String first = item.path("first_name").asText("");
        String last = item.path("last_name").asText("");
        value.put("first_name", first).put("last_name", last);
        value.put("full_name", item.path("full_name").asText((first + " " + last).trim()));
      }
      case "email-address" -> {
        String email = item.isObject() ? item.path("email_address").asText("") : item.asText("");
        int at = email.indexOf('@');
        if (!item.isValueNode() && !item.isObject() || at < 1 || at == email.length() - 1) {
          return Optional.empty();
        }
        String domain = Attio.lower(email.substring(at + 1));
        value.put("original_email_address", email).put("email_address", Attio.lower(email));
        value.put("email_domain", domain).put("email_root_domain", rootDomain(domain));
        value.put("email_local_specifier", Attio.lower(email.substring(0, at)));
      }
      case "phone-number" -> {
        String phone =
            item.isObject() ? item.path("original_phone_number").asText("") : item.asText("");
        if (!phone.matches("\\+?[0-9 ()-]{6,}")) {
          return Optional.empty();
        }
        value.put("original_phone_number", phone);
        value.put("country_code", item.path("country_code").asText("GB"));
        value.put("phone_number", phone.replaceAll("[ ()-]", ""));
      }
      case "text" -> {
        JsonNode text = item.isObject() ? item.path("value") : item;
        if (!text.isTextual()) {
          return Optional.empty();
        }
        value.put("value", text.asText());
      }
      case "location" -> {
        if (!item.isObject()) {
          return Optional.empty();
        }
        for (String field :
            new String[] {"line_1", "line_2", "locality", "region", "postcode", "country_code"}) {
          value.set(field, item.hasNonNull(field) ? item.get(field) : Json.object().nullNode());
        }
      }
      case "domain" -> {
        String domain = item.isObject() ? item.path("domain").asText("") : item.asText("");
        if (!domain.contains(".")) {
          return Optional.empty();
        }
        value.put("domain", Attio.lower(domain)).put("root_domain", rootDomain(domain));
      }
      case "record-reference" -> {
        if (!item.hasNonNull("target_object") || !item.hasNonNull("target_record_id")) {
          return Optional.empty();
        }
        value.put("target_object", item.get("target_object").asText());
        value.put("target_record_id", item.get("target_record_id").asText());
      }
      case "currency" -> {
        JsonNode amount = item.isObject() ? item.path("currency_value") : item;
        if (!amount.isNumber()) {
          return Optional.empty();
        }
        value.put("currency_value", amount.asDouble());
        value.put("currency_code", item.path("currency_code").asText("EUR"));
      }
      case "status" -> {
        String title = item.isObject() ? item.path("status").asText("") : item.asText("");
        int index = -1;
        for (int i = 0; i < CrmSeed.STAGES.size(); i++) {
          if (CrmSeed.STAGES.get(i).label().equalsIgnoreCase(title)) {
            index = i;
          }
        }
        if (index < 0) {
          return Optional.empty();
        }
        value.set("status", status(index));
      }
      case "actor-reference" -> {
        String id =
            item.isObject() ? item.path("referenced_actor_id").asText("") : memberId(item.asText());
        if (id.isEmpty()) {
          return Optional.empty();
        }
        value.put("referenced_actor_type", "workspace-member").put("referenced_actor_id", id);
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(value);
  }

  private static ObjectNode base(String type, Instant from) {
    ObjectNode value = Json.object().put("active_from", CrmSeed.millis(from));
    value.putNull("active_until");
    value.putObject("created_by_actor").put("type", "system").putNull("id");
    value.put("attribute_type", type);
    return value;
  }

  private static String rootDomain(String domain) {
    String[] parts = Attio.lower(domain).split("\\.");
    return parts.length <= 2
        ? Attio.lower(domain)
        : parts[parts.length - 2] + "." + parts[parts.length - 1];
  }

  /** The workspace member with this email, or "" when none. */
  private static String memberId(String email) {
    for (int i = 1; i <= CrmSeed.USERS; i++) {
      if (CrmSeed.user(i).email().equalsIgnoreCase(email)) {
        return Attio.uuid("member:" + i);
      }
    }
    return "";
  }

  private static ObjectNode ref(String object, int index, Instant from) {
    ObjectNode value = base("record-reference", from);
    value.put("target_object", object).put("target_record_id", Attio.uuid(object + ":" + index));
    return value;
  }

  private static ObjectNode text(String text, Instant from) {
    return base("text", from).put("value", text);
  }

  static ObjectNode person(int i) {
    Seed.Person person = CrmSeed.contact(i);
    Instant from = person.updatedAt();
    ObjectNode record = Attio.record("people", Attio.uuid("people:" + i), person.createdAt());
    ObjectNode values = record.with("values");
    ObjectNode name = Json.object();
    name.put("first_name", person.firstName()).put("last_name", person.lastName());
    name.put("full_name", person.displayName());
    values.putArray("name").add(typed("personal-name", name, from).orElseThrow());
    values
        .putArray("email_addresses")
        .add(typed("email-address", Json.object().textNode(person.email()), from).orElseThrow());
    values
        .putArray("phone_numbers")
        .add(typed("phone-number", Json.object().textNode(person.phone()), from).orElseThrow());
    values.putArray("job_title").add(text(person.jobTitle(), from));
    values.putArray("company").add(ref("companies", CrmSeed.companyOf(i), from));
    var deals = values.putArray("associated_deals");
    for (int d = 1; d <= CrmSeed.DEALS; d++) {
      if (CrmSeed.deal(d).contact() == i) {
        deals.add(ref("deals", d, CrmSeed.deal(d).createdAt()));
      }
    }
    return record;
  }

  static ObjectNode company(int i, int people) {
    Seed.Company company = Seed.company(i);
    Instant from = company.updatedAt();
    ObjectNode record =
        Attio.record("companies", Attio.uuid("companies:" + i), CrmSeed.companyCreated(i));
    ObjectNode values = record.with("values");
    values.putArray("name").add(text(company.name(), from));
    values
        .putArray("domains")
        .add(typed("domain", Json.object().textNode(company.domain()), from).orElseThrow());
    CrmSeed.Office office = CrmSeed.office(i);
    ObjectNode location = Json.object().put("locality", office.city());
    location.put("country_code", COUNTRY_CODES.get(office.country()));
    values.putArray("primary_location").add(typed("location", location, from).orElseThrow());
    values
        .putArray("description")
        .add(
            text(company.industry() + " company with " + company.employees() + " employees", from));
    var team = values.putArray("team");
    for (int p = i; p <= people; p += CrmSeed.COMPANIES) {
      team.add(ref("people", p, from));
    }
    values.putArray("associated_deals");
    return record;
  }

  static ObjectNode deal(int i) {
    CrmSeed.Deal deal = CrmSeed.deal(i);
    Instant from = deal.updatedAt();
    ObjectNode record = Attio.record("deals", Attio.uuid("deals:" + i), deal.createdAt());
    ObjectNode values = record.with("values");
    values.putArray("name").add(text(deal.name(), from));
    values.putArray("stage").add(base("status", from).set("status", status(deal.stage())));
    values
        .putArray("value")
        .add(
            base("currency", from)
                .put("currency_value", (double) deal.amount())
                .put("currency_code", "EUR"));
    values
        .putArray("owner")
        .add(
            base("actor-reference", from)
                .put("referenced_actor_type", "workspace-member")
                .put("referenced_actor_id", Attio.uuid("member:" + deal.owner())));
    values.putArray("associated_people").add(ref("people", deal.contact(), from));
    values.putArray("associated_company").add(ref("companies", deal.company(), from));
    return record;
  }

  static ObjectNode status(int index) {
    CrmSeed.Stage stage = CrmSeed.STAGES.get(index);
    ObjectNode status = Json.object();
    status
        .putObject("id")
        .put("workspace_id", Attio.WORKSPACE)
        .put("object_id", Attio.objectId("deals"))
        .put("attribute_id", Attio.uuid("attribute:deals:stage"))
        .put("status_id", Attio.uuid("status:" + stage.key()));
    status.put("title", stage.label()).put("is_archived", isArchived(stage));
    status.putNull("target_time_in_status");
    status.put("celebration_enabled", stage.won());
    return status;
  }

  /** "On hold" is a status the workspace archived: deals still in it keep it. */
  static boolean isArchived(CrmSeed.Stage stage) {
    return stage.key().equals("onhold");
  }

  static ObjectNode note(
      String id,
      String parentObject,
      String parentRecord,
      String title,
      String content,
      Instant at) {
    ObjectNode note = Json.object();
    note.putObject("id").put("workspace_id", Attio.WORKSPACE).put("note_id", id);
    note.put("parent_object", parentObject).put("parent_record_id", parentRecord);
    note.put("title", title).put("content_plaintext", content).put("content_markdown", content);
    note.putArray("tags");
    note.putObject("created_by_actor")
        .put("type", "workspace-member")
        .put("id", Attio.uuid("member:1"));
    note.put("created_at", CrmSeed.millis(at));
    return note;
  }

  static ObjectNode task(int i) {
    CrmSeed.Note note = CrmSeed.note(i);
    ObjectNode task = Json.object();
    task.putObject("id")
        .put("workspace_id", Attio.WORKSPACE)
        .put("task_id", Attio.uuid("task:" + i));
    task.put(
        "content_plaintext",
        (i % 2 == 0 ? "Call " : "Email ") + CrmSeed.contact(note.contact()).displayName());
    task.put("deadline_at", CrmSeed.millis(note.createdAt().plus(7, ChronoUnit.DAYS)));
    task.put("is_completed", i % 4 == 0);
    task.putArray("linked_records")
        .addObject()
        .put("target_object_id", Attio.objectId("people"))
        .put("target_record_id", Attio.uuid("people:" + note.contact()));
    task.putArray("assignees")
        .addObject()
        .put("referenced_actor_type", "workspace-member")
        .put("referenced_actor_id", Attio.uuid("member:" + note.owner()));
    task.putObject("created_by_actor")
        .put("type", "workspace-member")
        .put("id", Attio.uuid("member:" + note.owner()));
    task.put("created_at", CrmSeed.millis(note.createdAt()));
    return task;
  }

  static ObjectNode member(int i) {
    CrmSeed.User user = CrmSeed.user(i);
    ObjectNode member = Json.object();
    member
        .putObject("id")
        .put("workspace_id", Attio.WORKSPACE)
        .put("workspace_member_id", Attio.uuid("member:" + i));
    member.put("first_name", user.firstName()).put("last_name", user.lastName());
    member.putNull("avatar_url").put("email_address", user.email());
    member.put("created_at", CrmSeed.millis(user.createdAt()));
    member.put("access_level", i == 1 ? "admin" : "member");
    return member;
  }
}
