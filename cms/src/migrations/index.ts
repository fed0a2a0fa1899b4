import * as migration_20261129_153137_init from "./20261129_153137_init";
import * as migration_20261129_182607_list_indexes from "./20261129_182607_list_indexes";
import * as migration_20261130_031736_drop_login_lock from "./20261130_031736_drop_login_lock";
import * as migration_20261130_034625_open_data_license from "./20261130_034625_open_data_license";
import * as migration_20261130_052357_search_terms from "./20261130_052357_search_terms";
import * as migration_20261130_061757_review_state from "./20261130_061757_review_state";
import * as migration_20261130_062205_review_workflow from "./20261130_062205_review_workflow";

export const migrations = [
  {
    up: migration_20261129_153137_init.up,
    down: migration_20261129_153137_init.down,
    name: "20261129_153137_init",
  },
  {
    up: migration_20261129_182607_list_indexes.up,
    down: migration_20261129_182607_list_indexes.down,
    name: "20261129_182607_list_indexes",
  },
  {
    up: migration_20261130_031736_drop_login_lock.up,
    down: migration_20261130_031736_drop_login_lock.down,
    name: "20261130_031736_drop_login_lock",
  },
  {
    up: migration_20261130_034625_open_data_license.up,
    down: migration_20261130_034625_open_data_license.down,
    name: "20261130_034625_open_data_license",
  },
  {
    up: migration_20261130_052357_search_terms.up,
    down: migration_20261130_052357_search_terms.down,
    name: "20261130_052357_search_terms",
  },
  {
    up: migration_20261130_061757_review_state.up,
    down: migration_20261130_061757_review_state.down,
    name: "20261130_061757_review_state",
  },
  {
    up: migration_20261130_062205_review_workflow.up,
    down: migration_20261130_062205_review_workflow.down,
    name: "20261130_062205_review_workflow",
  },
];
