#!/usr/bin/env node
// A committed launcher, so npm links the command at install time, before the build has written dist/.
import "../dist/cli.js";
