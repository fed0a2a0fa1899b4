import type { Access } from "payload";

/** Public: uploaded media are served to everyone (they appear on the published site). */
export const anyone: Access = () => true;
