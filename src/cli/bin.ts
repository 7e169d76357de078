#!/usr/bin/env node
console.log("vietnorm: not built yet");
