// Derives the unified models' JSON Schemas from StackOne's official client (@stackone/stackone-client-ts@4.28.0):
// it walks the client's zod schemas of the wire format (the `$inboundSchema` of each model, snake_case keys).
//   node unified-schemas.mjs            prints {"ok":true,"schemas":{"<category>/<resource>.schema.json": {...}}}
//   node unified-schemas.mjs write DIR  writes them under DIR (actions-service/src/main/resources/unified)
// Models the client lacks (crm deals in 4.28.0) are written by hand in that folder and left alone here.
import * as shared from "@stackone/stackone-client-ts/sdk/models/shared/index.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$";

// resource -> the client's models: the record, and the bodies of create and update
const RESOURCES = {
  "hris/employees": {
    item: "Employee",
    create: "HrisCreateEmployeeRequestDto",
    update: "HrisUpdateEmployeeRequestDto",
  },
  "hris/companies": { item: "Company" },
  "hris/time_off": { item: "TimeOff" },
  "ats/jobs": { item: "AtsJob", create: "AtsCreateJobRequestDto" },
  "ats/candidates": { item: "Candidate" },
  "ats/applications": { item: "Application" },
  "crm/contacts": { item: "Contact", create: "CrmCreateContactRequestDto" },
  "crm/accounts": { item: "Account" },
};

function enumValues(values) {
  return [...new Set(Object.values(values))];
}

function nullable(schema) {
  if (schema.enum) {
    return { ...schema, enum: [...schema.enum, null] };
  }
  if (typeof schema.type === "string") {
    return { ...schema, type: [schema.type, "null"] };
  }
  if (Object.keys(schema).length === 0) {
    return schema;
  }
  return { anyOf: [schema, { type: "null" }] };
}

// zod (v3) type -> JSON Schema. A body is checked strictly: open enums (a native enum or any string) are
// closed and unknown keys refused, so a typo is a 400. A record is checked as the client reads it:
// unknown keys are allowed (the client drops them) and an open enum takes any string, its known values
// (plus `unmapped_value`) listed in `x-known-values`; a wrong type still fails.
let inRecord = false;
function toSchema(zod, key) {
  const def = zod._def;
  switch (def.typeName) {
    case "ZodEffects":
      return toSchema(def.schema, key);
    case "ZodOptional":
      return toSchema(def.innerType, key);
    case "ZodNullable":
      return nullable(toSchema(def.innerType, key));
    case "ZodDefault":
      return toSchema(def.innerType, key);
    case "ZodLazy":
      return toSchema(def.getter(), key);
    case "ZodObject": {
      const properties = {};
      for (const [name, field] of Object.entries(def.shape())) {
        properties[name] = toSchema(field, name);
      }
      return Object.keys(properties).length === 0 || inRecord
        ? { type: "object", properties }
        : { type: "object", properties, additionalProperties: false };
    }
    case "ZodString":
      return def.checks.some((c) => c.kind === "datetime")
        ? { type: "string", pattern: DATE_TIME }
        : { type: "string" };
    case "ZodDate":
      return { type: "string", pattern: DATE_TIME };
    case "ZodNumber":
      return { type: "number" };
    case "ZodBoolean":
      return { type: "boolean" };
    case "ZodNull":
      return { type: "null" };
    case "ZodAny":
    case "ZodUnknown":
      return {};
    case "ZodLiteral":
      return { const: def.value };
    case "ZodArray":
      return { type: "array", items: toSchema(def.type, key) };
    case "ZodRecord":
      return { type: "object", additionalProperties: toSchema(def.valueType, key) };
    case "ZodNativeEnum":
      return { enum: enumValues(def.values) };
    case "ZodEnum":
      return { enum: [...def.values] };
    case "ZodUnion": {
      const native = def.options.find((o) => o._def.typeName === "ZodNativeEnum");
      if (native) {
        const values = enumValues(native._def.values);
        // other members beside the enum and an open string (e.g. a boolean or its "true"/"false")
        const others = def.options
          .filter((o) => o !== native && unwrapped(o)._def.typeName !== "ZodString")
          .map((o) => toSchema(o, key));
        let schema;
        if (!inRecord) {
          schema = { enum: values };
        } else {
          if (key === "value" && !values.includes("unmapped_value")) {
            values.push("unmapped_value");
          }
          schema = { type: "string", "x-known-values": values };
        }
        return others.length === 0 ? schema : { anyOf: [...others, schema] };
      }
      const members = def.options.map((o) => toSchema(o, key));
      return members.some((m) => Object.keys(m).length === 0) ? {} : { anyOf: members };
    }
    default:
      throw new Error("no JSON Schema for zod type " + def.typeName + " (" + key + ")");
  }
}

// a zod type without its transforms (an open enum's string member is a ZodEffects around a ZodString)
function unwrapped(zod) {
  return zod._def.typeName === "ZodEffects" ? unwrapped(zod._def.schema) : zod;
}

function model(name, title) {
  const zod = shared[name + "$inboundSchema"];
  if (!zod) {
    throw new Error("the client has no model " + name);
  }
  inRecord = title === "record";
  return { title, "x-client-model": name, ...toSchema(zod, name) };
}

const schemas = {};
for (const [resource, models] of Object.entries(RESOURCES)) {
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://patchbay.dev/unified/" + resource + ".schema.json",
    title: resource,
    description:
      "Unified " + resource + " (derived from @stackone/stackone-client-ts@4.28.0 by unified-schemas.mjs)",
    $defs: { item: model(models.item, "record") },
  };
  if (models.create) {
    schema.$defs.create = model(models.create, "create body");
  }
  if (models.update) {
    schema.$defs.update = model(models.update, "update body");
  }
  schemas[resource + ".schema.json"] = schema;
}

const [mode, dir] = process.argv.slice(2);
if (mode === "write") {
  for (const [file, schema] of Object.entries(schemas)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(schema, null, 2) + "\n");
  }
}
console.log(JSON.stringify({ ok: true, schemas }));
