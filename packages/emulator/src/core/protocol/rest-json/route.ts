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

  return {
    /**
     * The operation at `method` and `pathname` (raw, still percent-encoded), or undefined. Every request runs this:
     * only the patterns of the method's operations are tried, and nothing is made for those that do not match.
     */
    match(method: string, pathname: string): RouteMatch | undefined {
      for (const route of compiled) {
        const found = route.operation.method === method ? route.pattern.exec(pathname) : null;
        if (found !== null) {
          const labels: Record<string, string> = {};
          for (let i = 0; i < route.labelNames.length; i++) {
            labels[route.labelNames[i] as string] = decodeLabel(found[i + 1] as string);
          }
          return { operation: route.operation, labels };
        }
      }
      return undefined;
    },
    /** Whether any operation is at this path, whatever the method. */
    has: (pathname: string): boolean => compiled.some((route) => route.pattern.test(pathname)),
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
