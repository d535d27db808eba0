package dev.patchbay.engine.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional words, {@code --name value} (or {@code --name=value}) options
 * and {@code --flag} switches. Each command names the options and flags it knows; anything else, a
 * repeated option or an option without its value is a {@link UsageException}. {@code --} ends the
 * options.
 */
final class Arguments {
  private final List<String> positional;
  private final Map<String, String> options;
  private final Set<String> flags;

  private Arguments(List<String> positional, Map<String, String> options, Set<String> flags) {
    this.positional = List.copyOf(positional);
    this.options = Map.copyOf(options);
    this.flags = Set.copyOf(flags);
  }

  static Arguments parse(List<String> args, Set<String> knownOptions, Set<String> knownFlags) {
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    Set<String> flags = new java.util.LinkedHashSet<>();
    boolean onlyPositional = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (onlyPositional || !arg.startsWith("--")) {
        positional.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        onlyPositional = true;
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      if (knownFlags.contains(name)) {
        if (equals >= 0) {
          throw new UsageException("--" + name + " takes no value");
        }
        flags.add(name);
      } else if (knownOptions.contains(name)) {
        String value;
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException("--" + name + " needs a value");
        }
        if (options.putIfAbsent(name, value) != null) {
          throw new UsageException("--" + name + " given twice");
        }
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return new Arguments(positional, options, flags);
  }

  List<String> positional() {
    return positional;
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  String required(String name) {
    return option(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
  }

  boolean flag(String name) {
    return flags.contains(name);
  }
}
