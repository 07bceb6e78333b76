import { describe, expect, it } from "vitest";
import { collect } from "../../../test/collect.js";
import { ConfigurationError } from "../options/configuration-error.js";
import { createPaginator, PaginationLoopError } from "./create-paginator.js";

// A made-up operation whose members have names of their own: the factory must take them from the definition.
interface ListWidgetsInput {
  Colour?: string;
  After?: string;
  Limit?: number;
}
interface ListWidgetsOutput {
  Widgets: string[];
  Cursor?: string | null;
}
type WidgetClient = { send(operation: "ListWidgets", input: ListWidgetsInput): Promise<ListWidgetsOutput> };

const paginateListWidgets = createPaginator<WidgetClient, ListWidgetsInput, ListWidgetsOutput>({
  operation: "ListWidgets",
  inputToken: "After",
  outputToken: "Cursor",
  pageSize: "Limit",
});

/** A client over `pages` (by the token asked for), recording what it was sent. */
function widgetClient(pages: Record<string, ListWidgetsOutput>) {
  const sent: { operation: string; input: ListWidgetsInput }[] = [];
  const client: WidgetClient = {
    send: async (operation, input) => {
      sent.push({ operation, input });
      return pages[input.After ?? ""] ?? { Widgets: [] };
    },
  };
  return { client, sent };
}

describe("createPaginator", () => {
  it("follows the output token into the input token until a page has none, with the page size", async () => {
    const { client, sent } = widgetClient({
      "": { Widgets: ["a"], Cursor: "c1" },
      c1: { Widgets: ["b"], Cursor: "c2" },
      c2: { Widgets: ["c"], Cursor: null },
    });
    const input = { Colour: "blue" };
    const pages = await collect(paginateListWidgets(client, input, { pageSize: 1 }));
    expect(pages.map((page) => page.Widgets)).toEqual([["a"], ["b"], ["c"]]);
    expect(sent).toEqual([
      { operation: "ListWidgets", input: { Colour: "blue", After: undefined, Limit: 1 } },
      { operation: "ListWidgets", input: { Colour: "blue", After: "c1", Limit: 1 } },
      { operation: "ListWidgets", input: { Colour: "blue", After: "c2", Limit: 1 } },
    ]);
    expect(input).toEqual({ Colour: "blue" });
  });

  it("starts from startingToken, or the input's token, and takes the input's page size by default", async () => {
    const { client, sent } = widgetClient({ c2: { Widgets: ["c"], Cursor: "" } });
    await collect(paginateListWidgets(client, { Limit: 7 }, { startingToken: "c2" }));
    await collect(paginateListWidgets(client, { After: "c2" }));
    expect(sent.map((call) => call.input)).toEqual([
      { After: "c2", Limit: 7 },
      { After: "c2", Limit: undefined },
    ]);
  });

  it("throws PaginationLoopError on a token it has seen, naming the output member", async () => {
    const { client } = widgetClient({ "": { Widgets: [], Cursor: "x" }, x: { Widgets: [], Cursor: "x" } });
    const failure = collect(paginateListWidgets(client));
    await expect(failure).rejects.toThrow(PaginationLoopError);
    await expect(collect(paginateListWidgets(client))).rejects.toThrow(
      'ListWidgets returned a Cursor already used in this pagination ("x")',
    );
  });

  it("checks its options when called, before any page", () => {
    const { client, sent } = widgetClient({});
    expect(() => paginateListWidgets(client, {}, { pageSize: 1.5 })).toThrow(
      new ConfigurationError("paginateListWidgets: pageSize must be an integer ≥ 1; got 1.5"),
    );
    expect(sent).toHaveLength(0);
  });
});
