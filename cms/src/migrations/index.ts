import * as migration_20261129_153137_init from "./20261129_153137_init";

export const migrations = [
  {
    up: migration_20261129_153137_init.up,
    down: migration_20261129_153137_init.down,
    name: "20261129_153137_init",
  },
];
