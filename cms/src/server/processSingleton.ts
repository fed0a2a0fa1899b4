/**
 * One value per server process under `key`, created by `make` on first use. Next may load a module once
 * per route bundle (REST, GraphQL, admin pages), so state they must share (rate limits, the first-user
 * claim) lives on `globalThis` instead of in module scope.
 */
export function processSingleton<T>(key: string, make: () => T): T {
  const store = globalThis as Record<symbol, unknown>;
  const symbol = Symbol.for(`lifewelfare.${key}`);
  if (!(symbol in store)) store[symbol] = make();
  return store[symbol] as T;
}
