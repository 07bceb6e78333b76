/** An input as the REST JSON protocol hands it over: query timestamps (ISO 8601 on the wire) already epoch seconds. */
export type Received<I> = { [K in keyof I]: Date extends NonNullable<I[K]> ? number : I[K] };
