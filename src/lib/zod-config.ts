import { z } from 'zod/mini';

// The page's Content-Security-Policy forbids eval; zod's fast path compiles validators with it.
z.config({ jitless: true });
