#!/usr/bin/env node
// The `coherence` command. The CLI is TypeScript run in place (through tsx), so what runs is
// always what is in core/ — there is no separate build to forget.
import { register } from 'tsx/esm/api';

register();
await import('../core/cli/main.ts');
