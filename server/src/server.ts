// The language server's entry point: a connection over stdio, IPC or a socket (as the command line says), then the handlers.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { bundledWasmLoader } from './node/wasm';
import { startServer } from './startServer';

startServer(createConnection(ProposedFeatures.all), bundledWasmLoader());
