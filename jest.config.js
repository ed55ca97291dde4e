/** Jest runs the TypeScript sources directly through ts-jest. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Run in band with --detectOpenHandles the suite reports no open handle and exits at once; with workers
  // the main process was seen to linger for minutes after the last result. Exit when the results are in.
  forceExit: true,
  // Tests write into test-output/ (gitignored); keep the suite from watching it.
  modulePathIgnorePatterns: ["<rootDir>/test-output", "<rootDir>/dist", "<rootDir>/dist-node"],
};
