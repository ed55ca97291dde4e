/** Jest runs the TypeScript sources directly through ts-jest. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Tests write into test-output/ (gitignored); keep the suite from watching it.
  modulePathIgnorePatterns: ["<rootDir>/test-output", "<rootDir>/dist", "<rootDir>/dist-node"],
};
