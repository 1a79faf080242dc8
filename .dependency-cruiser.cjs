// dependency-cruiser's rules (npm run lint; tests/walls.test.ts proves them). The walls between
// the folders are ESLint's (eslint.config.js); this finds what a rule per file cannot see: cycles.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'Modules that import each other (type-only imports count: each cycle is a knot a newcomer has to untie, and it ties the load order).',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Frozen releases (releases/*/src) are kept byte for byte, cycles and all.
    exclude: { path: '^releases/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
