/**
 * Node's zlib as the package writer's deflater (the CLI): native deflate is several times fflate's speed on
 * a Phụ lục of thousands of rows. Node-only, so it lives in the xlsx adapter; the task pane keeps fflate.
 */
import { deflateRawSync } from "node:zlib";
import type { DeflateRaw } from "../package";

/** Level 6, as the fflate default the writer uses elsewhere. */
export const nodeDeflateRaw: DeflateRaw = (data) => deflateRawSync(data, { level: 6 });
