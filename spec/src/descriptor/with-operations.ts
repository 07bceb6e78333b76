/** A service's identity with its operation table; pure, so that bundlers drop it where only the wire names are used. */
export const withOperations = <Identity, Operations>(of: Identity, table: Operations) => ({ ...of, operations: table });
