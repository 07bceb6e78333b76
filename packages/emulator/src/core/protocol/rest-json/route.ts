import type { RestOperation } from "../protocol.js";

/** A REST operation matched to a request: the operation and its path labels, decoded. */
export interface RouteMatch {
  operation: RestOperation;
  labels: Record<string, string>;
}

interface CompiledRoute {
  operation: RestOperation;
  pattern: RegExp;
  labelNames: string[];
}

/**
 * Routes `METHOD path` to an operation by its URI template. The model's URI and the same URI without its final `/`
 * are both served: botocore sends `/copy-jobs/`, Smithy-generated SDKs `/copy-jobs` (aws-backup-copy.md §2). A label
 * matches one segment (`[^/]+`) and is percent-decoded after matching, so a recovery-point ARN whose `/` arrives as
 * `%2F` stays one label.
 */
export function createRestRoutes(operations: readonly RestOperation[]) {
  const compiled: CompiledRoute[] = operations.map((operation) => {
    const labelNames: string[] = [];
    const base = operation.uri.replace(/\/$/, "");
    const source = base
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const label = /^\{([^}+]+)\+?\}$/.exec(part);
        if (label) {
          labelNames.push(label[1] as string);
          return "([^/]+)";
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("");
    return { operation, pattern: new RegExp(`^${source}/?$`), labelNames };
  });

  const matching = (pathname: string) =>
    compiled.map((route) => ({ route, found: route.pattern.exec(pathname) })).filter((m) => m.found !== null);

  return {
    /** The operation at `method` and `pathname` (raw, still percent-encoded), or undefined. */
    match(method: string, pathname: string): RouteMatch | undefined {
      const hit = matching(pathname).find(({ route }) => route.operation.method === method);
      if (!hit?.found) {
        return undefined;
      }
      const labels: Record<string, string> = {};
      hit.route.labelNames.forEach((name, i) => {
        labels[name] = decodeLabel(hit.found?.[i + 1] as string);
      });
      return { operation: hit.route.operation, labels };
    },
    /** Whether any operation is at this path, whatever the method. */
    has: (pathname: string): boolean => matching(pathname).length > 0,
  };
}
export type RestRoutes = ReturnType<typeof createRestRoutes>;

function decodeLabel(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
