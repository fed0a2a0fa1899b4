/**
 * Load generation for the latency steps (`rest`, `static-api`): concurrent clients on loopback,
 * each sending the next request as soon as the previous answer is read.
 */

/** Latency figures (ms) of one endpoint under load. */
export type LatencyStats = {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

/** p50/p95/p99/max (ms, one decimal) and requests per second of `latencies` measured over `seconds`. */
export function stats(latencies: number[], errors: number, seconds: number): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return {
    requests: sorted.length,
    errors,
    rps: round(sorted.length / seconds),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: round(sorted.at(-1) ?? 0),
  };
}
const round = (n: number) => Math.round(n * 10) / 10;

/** `clients` loops each sending the next URL as soon as the previous answer is read, for `seconds`. */
export async function load(urls: () => string, clients: number, seconds: number): Promise<LatencyStats> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          const response = await fetch(urls());
          await response.arrayBuffer();
          if (response.ok) latencies.push(performance.now() - t);
          else errors += 1;
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return stats(latencies, errors, seconds);
}
