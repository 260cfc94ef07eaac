// COPY … FROM STDIN with the pg driver alone (pg-copy-streams is not a dependency): a minimal
// "submittable" query that answers the server's CopyInResponse with the whole payload.
import os from "node:os";
import type pg from "pg";

type Connection = { query(text: string): void; sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void };

class CopyFrom {
  private error: Error | undefined;
  constructor(
    readonly text: string,
    private readonly payload: Buffer,
    private readonly done: (error?: Error) => void,
  ) {}
  submit(connection: Connection) {
    connection.query(this.text);
  }
  handleCopyInResponse(connection: Connection) {
    connection.sendCopyFromChunk(this.payload);
    connection.endCopyFrom();
  }
  handleCommandComplete() {}
  handleError(error: Error) {
    this.error = error;
  }
  handleReadyForQuery() {
    this.done(this.error);
  }
}

/** Streams text-format rows (tab-separated, newline-terminated) into `table (columns)`. */
export function copyRows(client: pg.PoolClient | pg.Client, table: string, columns: string[], rows: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const text = `COPY ${table} (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
    client.query(new CopyFrom(text, Buffer.from(rows), (error) => (error ? reject(error) : resolve())) as never);
  });
}

/** Escapes a value for COPY's text format. */
export const copyText = (value: string) => value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The machine's load (the benches run on shared machines: a figure means little without it). */
export const loadAverage = () => `load average ${os.loadavg().map((n) => n.toFixed(2)).join(", ")} on ${os.cpus().length} cores`;
