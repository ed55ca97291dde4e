/* Builds the task pane into dist/. Office.js is copied from the local @microsoft/office-js package,
   never loaded from a CDN: the add-in works offline and sends no data anywhere. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: { taskpane: "./taskpane/index.tsx" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./taskpane/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        // Already minified by Microsoft: mark them so that Terser does not spend minutes re-minifying them.
        patterns: [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } }],
      }),
    ],
    performance: { hints: false },
    devServer: { port: 3000, static: { directory: path.resolve(__dirname, "dist") } },
  };
};
