import { describe, expect, it } from "vitest";
import { type JsonSchema, loadSpec, resolveRef } from "../harness/spec-document.js";
import { ENUM_MEMBERS, MAP_MEMBERS, TIMESTAMP_MEMBERS } from "./members.js";

type Kind = "timestamp" | "enum" | "map" | "plain";

/** Every member of every reply shape (`*Response` and what it contains), with the kinds of schema it has anywhere. */
function replyMembers(): Map<string, Set<Kind>> {
  const doc = loadSpec();
  const found = new Map<string, Set<Kind>>();
  const seen = new Set<JsonSchema>();
  const visit = (schema: JsonSchema) => {
    const resolved = resolveRef(doc, schema);
    if (seen.has(resolved)) {
      return;
    }
    seen.add(resolved);
    const properties = (resolved.properties ?? {}) as Record<string, JsonSchema>;
    for (const [name, member] of Object.entries(properties)) {
      const target = resolveRef(doc, member);
      const kinds = found.get(name) ?? new Set<Kind>();
      if (target.title === "Timestamp") {
        kinds.add("timestamp");
      }
      if (Array.isArray(target.enum)) {
        kinds.add("enum");
      }
      if (target.additionalProperties !== undefined && target.properties === undefined) {
        kinds.add("map");
      }
      if (target.title !== "Timestamp" && !Array.isArray(target.enum) && target.additionalProperties === undefined) {
        kinds.add("plain");
      }
      found.set(name, kinds);
      visit(member);
    }
    if (resolved.items) {
      visit(resolved.items as JsonSchema);
    }
  };
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    if (name.endsWith("Response")) {
      visit(schema);
    }
  }
  return found;
}

const namesOf = (members: Map<string, Set<Kind>>, kind: Kind) =>
  [...members].filter(([, kinds]) => kinds.has(kind)).map(([name]) => name);

describe("the member lists", () => {
  const members = replyMembers();

  it("name exactly the timestamp, enum and map members of the spec's replies", () => {
    expect(new Set(namesOf(members, "timestamp"))).toEqual(TIMESTAMP_MEMBERS);
    expect(new Set(namesOf(members, "enum"))).toEqual(ENUM_MEMBERS);
    expect(new Set(namesOf(members, "map"))).toEqual(MAP_MEMBERS);
  });

  it("rely on names that mean one kind of thing wherever they appear", () => {
    for (const [name, kinds] of members) {
      expect(kinds.size, name).toBeLessThanOrEqual(1);
    }
  });
});
