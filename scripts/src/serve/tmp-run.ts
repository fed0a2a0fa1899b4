import { createStaticServer } from "/work/wt/server/scripts/src/serve/static-server.ts";
createStaticServer({ root: process.argv[2]!, base: process.argv[3] ?? "/" }).listen(Number(process.argv[4] ?? 4999), "127.0.0.1", () => console.log("up"));
