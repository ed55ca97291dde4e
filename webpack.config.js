/* Builds the add-in into dist/ (or DVHT_DIST): the task pane, the DVHT.* custom functions bundle and
   functions.json (from the JSDoc in src/functions/functions.ts), all on one page, taskpane.html, which is
   the shared runtime (manifest.xml). Office.js is copied from the local @microsoft/office-js package,
   never loaded from a CDN: the add-in works offline and sends no data anywhere.
   `npm run dev-server` serves dist/ on https://localhost:3000 with office-addin-dev-certs' certificate.
   The add-in's public address goes into dist/manifest.xml: DVHT_ADDIN_URL=https://… npm run build, or
   npm run build -- --env url=https://… (scripts/manifest-address.js); without one the manifest keeps the
   development address and the build says so. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { manifestForAddress, requestedAddress, normalizeAddress, DEV_ADDRESS } = require("./scripts/manifest-address");

async function httpsOptions() {
  try {
    // Generates (and on Windows/macOS installs) a localhost certificate in ~/.office-addin-dev-certs.
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`office-addin-dev-certs: ${error.message}; serving with webpack's self-signed certificate.`);
    return {};
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = process.argv.some((a) => a === "serve");
  const requested = requestedAddress(env, process.env);
  const address = requested ? normalizeAddress(requested) : null;
  if (production && !address) {
    console.warn(
      `dist/manifest.xml giữ địa chỉ phát triển ${DEV_ADDRESS}: để phát hành, chạy DVHT_ADDIN_URL=https://địa-chỉ-của-đơn-vị npm run build.`,
    );
  } else if (address) console.log(`dist/manifest.xml: add-in tại ${address}`);
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./taskpane/index.tsx",
      // Reads and evaluates a picked .xlsx off the page's thread (taskpane/run-assessment.ts).
      "evaluate-worker": "./taskpane/evaluate-worker.ts",
    },
    // Chunks loaded on demand keep their webpackChunkName ("new-workbook": ExcelJS, taskpane/new-workbooks.ts).
    output: { path: path.resolve(__dirname, process.env.DVHT_DIST || "dist"), filename: "[name].js", chunkFilename: "[name].js", clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The xlsx adapter's file helpers are Node-only; in the browser files come as bytes.
      alias: { "node:fs": false, fs: false },
      fallback: { stream: false, crypto: false, path: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // ES modules for webpack: with tsconfig's CommonJS every import became require(), which
          // resolves Fluent UI to its CommonJS build and defeats tree shaking (19 MB of bundle, 17 of icons).
          options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./taskpane/taskpane.html", chunks: ["functions", "taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          // Already minified by Microsoft: mark them so that Terser does not spend minutes re-minifying them.
          { from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } },
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (address ? manifestForAddress(content.toString("utf8"), address) : content),
          },
          { from: "taskpane/help.html", to: "help.html" },
          { from: "samples/truong-tieu-hoc-an-binh.xlsx", to: "samples/truong-tieu-hoc-an-binh.xlsx", info: { minimized: true } },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      server: serving ? { type: "https", options: await httpsOptions() } : undefined,
    },
  };
};
