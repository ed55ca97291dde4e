// The add-in's public address in manifest.xml. The source manifest names the development address
// https://localhost:3000; a build for a Phòng or Sở replaces it with the https address where that office
// hosts dist/ (DVHT_ADDIN_URL=… npm run build, or npm run build -- --env url=…). Used by webpack.config.js.
"use strict";

const DEV_ADDRESS = "https://localhost:3000";

/** "https://dvht.pgd.example.vn/addin/" → "https://dvht.pgd.example.vn/addin"; throws a Vietnamese message when unusable. */
function normalizeAddress(address) {
  const text = String(address).trim().replace(/\/+$/, "");
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`Địa chỉ add-in “${address}” không hợp lệ: ghi dạng https://ten-may.so-gd.vn/dvht`);
  }
  if (url.protocol !== "https:") throw new Error(`Địa chỉ add-in phải bắt đầu bằng https:// (Office chỉ tải add-in qua https): “${address}”.`);
  if (url.search || url.hash) throw new Error(`Địa chỉ add-in không được có “?” hay “#”: “${address}”.`);
  return text;
}

/** The manifest with every development URL (and the AppDomain) moved to `address`. */
function manifestForAddress(xml, address) {
  const base = normalizeAddress(address);
  const origin = new URL(base).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_ADDRESS)
    .join(base);
}

/** The address asked for: `--env url=…` first, then DVHT_ADDIN_URL; null when neither is given. */
function requestedAddress(env, processEnv) {
  const value = (env && env.url) || processEnv.DVHT_ADDIN_URL;
  return value ? String(value) : null;
}

module.exports = { DEV_ADDRESS, normalizeAddress, manifestForAddress, requestedAddress };
