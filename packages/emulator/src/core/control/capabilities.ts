import { loadControlDocument } from "@cloudhsm-kit/spec/validation";

let order: readonly string[] | undefined;

/** Capabilities in the order the control document's `Info` schema lists them (the order `GET /info` answers). */
export function inDocumentOrder(capabilities: readonly string[]): string[] {
  order ??= (
    loadControlDocument().components.schemas.Info as { properties: { capabilities: { items: { enum: string[] } } } }
  ).properties.capabilities.items.enum;
  const rank = (c: string) => {
    const i = (order as readonly string[]).indexOf(c);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...capabilities].sort((a, b) => rank(a) - rank(b));
}
