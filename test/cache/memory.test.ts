import { MemoryStore } from '../../src/cache/memory.js';
import { describeCacheStore, filesOf } from './contract.js';
import { asKey } from '../support/brands.js';

describeCacheStore('memory', async (warn) => {
  const store = new MemoryStore({ warn });
  return {
    store,
    corrupt: async (key) => {
      const manifest = await store.lookup(asKey(key));
      const output = Object.values(manifest?.outputs ?? {})[0];
      const file = output && filesOf(output)[0];
      if (!file) throw new Error(`no entry ${key}`);
      const bytes = Buffer.from(store.objects.get(file.digest) ?? []);
      bytes[0] = (bytes[0] ?? 0) ^ 0xff;
      store.objects.set(file.digest, bytes);
    },
  };
});
