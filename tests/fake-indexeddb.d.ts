// fake-indexeddb's 'auto' entry ships no types for TypeScript 6's check of side-effect imports
// (tests/gameStore.test.ts imports it for IndexedDB in Node).
declare module 'fake-indexeddb/auto';
