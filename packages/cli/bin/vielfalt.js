#!/usr/bin/env node
// A committed entry so npm can link the `vielfalt` command at install time, before the first build exists.
import '../dist/main.js';
