#!/usr/bin/env node
import('../dist/bundle/main.js').then((m) => m.run(process.argv))
