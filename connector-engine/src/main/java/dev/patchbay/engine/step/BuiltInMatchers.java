package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The built-in enum matchers a string {@code enumMapper.matcher} names. Country codes and English
 * names come from the JDK's ISO 3166 data. Code lookups are exact; name lookups are normalised
 * (upper case, spaces and hyphens as {@code _}, other punctuation dropped) and fall back to the
 * first name containing the input, as the reference's {@code NormalizedKeyMap} does.
 *
 * <p>Numeric country codes, citizenships, subdivisions and document file formats need data the JDK
 * does not carry: those matchers fail loudly until that data is shipped (see the README).
 */
final class BuiltInMatchers {
  private static final Map<String, Function<JsonNode, String>> MATCHERS = new LinkedHashMap<>();
  private static final Map<String, Locale> BY_ALPHA2 = new LinkedHashMap<>();
  private static final Map<String, Locale> BY_ALPHA3 = new LinkedHashMap<>();
  private static final Map<String, Locale> BY_NAME = new LinkedHashMap<>();

  static {
    java.util.Arrays.stream(Locale.getISOCountries())
        .map(code -> new Locale("", code))
        .sorted(Comparator.comparing(BuiltInMatchers::name))
        .forEach(
            country -> {
              BY_ALPHA2.put(country.getCountry(), country);
              BY_ALPHA3.put(country.getISO3Country(), country);
              BY_NAME.putIfAbsent(normalise(name(country)), country);
            });
    register("alpha2code", value -> lookup(BY_ALPHA2, value));
    register("alpha3code", value -> lookup(BY_ALPHA3, value));
    register("country_name", BuiltInMatchers::byName);
    for (String name :
        new String[] {
          "country_code_by_country_code",
          "country_name_by_country_code",
          "country_alpha3code_by_country_code",
          "country_alpha2code_by_country_code",
          "country_code_by_alpha2code",
          "country_code_by_alpha3code",
          "country_code_by_country_name",
          "country_subdivisions_by_alpha2code",
          "country_subdivision_code_by_subdivision_name",
          "country_subdivision_name_by_subdivision_code",
          "country_alpha2code_by_citizenship",
          "document_file_format_from_extension"
        }) {
      MATCHERS.put(
          name,
          value -> {
            throw new UnsupportedOperationException(
                "The built-in matcher \"" + name + "\" needs reference data not shipped yet");
          });
    }
  }

  private BuiltInMatchers() {}

  /** The matcher: the mapped enum value for a non-null source value, or null when unmapped. */
  static Optional<Function<JsonNode, String>> named(String name) {
    return Optional.ofNullable(MATCHERS.get(name));
  }

  /** Registers {@code country_<out>_by_<key>} for the three outputs the JDK data can give. */
  private static void register(String key, Function<JsonNode, Locale> find) {
    Map<String, Function<Locale, String>> outputs =
        Map.of(
            "alpha2code", Locale::getCountry,
            "alpha3code", Locale::getISO3Country,
            "name", BuiltInMatchers::name);
    outputs.forEach(
        (output, read) ->
            MATCHERS.put(
                "country_" + output + "_by_" + key,
                value -> Optional.ofNullable(find.apply(value)).map(read).orElse(null)));
  }

  private static Locale lookup(Map<String, Locale> table, JsonNode value) {
    return value.isTextual() ? table.get(value.textValue()) : null;
  }

  private static Locale byName(JsonNode value) {
    if (!value.isTextual()) {
      throw new IllegalArgumentException("NormalizedKeyMap: Key must be a string");
    }
    String key = normalise(value.textValue());
    Locale exact = BY_NAME.get(key);
    if (exact != null) {
      return exact;
    }
    return BY_NAME.entrySet().stream()
        .filter(entry -> entry.getKey().contains(key))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static String name(Locale country) {
    return country.getDisplayCountry(Locale.ENGLISH);
  }

  private static String normalise(String name) {
    return name.toUpperCase(Locale.ROOT).replaceAll("[ -]", "_").replaceAll("[^A-Z0-9_]", "");
  }
}
