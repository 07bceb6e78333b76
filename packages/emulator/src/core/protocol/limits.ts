/**
 * Choices the emulator makes where AWS's behaviour is undocumented (cloudhsmv2-api.md §7 "UNDOC",
 * observed-aws-behaviour.md "NONE"/"low"): Bounds on what any request may carry (every protocol, and the control API).
 * Kept beside the code they steer; the package README lists each as `UNDOC.<name>` under "Undocumented behaviour".
 */
export const WIRE_LIMITS = {
  /** Largest request body accepted; larger → 413 SerializationException. The largest valid input (two 20,000
   * character certificates) is far below it. */
  maxBodyBytes: 1024 * 1024,
  /** Deepest nesting of JSON objects and arrays accepted in a request body (AWS API and control API); deeper → 400
   * SerializationException before the body is parsed. The deepest valid input nests 3 levels (Filters → states →
   * value; TagList → Tag), a state document 5; AWS's own limit is unobserved. */
  maxJsonDepth: 64,
  /** Longest excerpt of an offending value quoted in a validation or control error message, in characters; the rest
   * is summarised as "… (n more characters)". Coral's messages quote the value; whether AWS cuts long ones is
   * unobserved. */
  maxEchoedValueChars: 256,
} as const;
