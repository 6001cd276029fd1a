// The Clarifai reading of JVM code, shared by the Java and Kotlin detectors: gRPC stubs, the deprecated clarifai2
// client, OkHttp, java.net.http, HttpURLConnection and Retrofit requests, and written-in credentials.
import type { CallSite, FileModel } from '../../model';
import { importsUnder, type JvmContext } from './context';
import { detectJvmGrpc } from './grpc';
import { detectJvmHttp } from './http';
import { detectJvmLegacy } from './legacy';
import { detectRetrofit } from './retrofit';
import { constantIf, constantLiterals, jvmSecrets } from './secrets';

/** The file model of a Java or Kotlin file: its Clarifai call sites and written-in credentials. */
export function detectJvm(ctx: JvmContext): FileModel {
  const http = detectJvmHttp(ctx);
  const constants = constantLiterals(ctx);
  const found = [...detectJvmGrpc(ctx), ...detectJvmLegacy(ctx), ...http.sites, ...detectRetrofit(ctx)];
  // A call two readings claim (a Retrofit method named like a stub's) is reported once, by the first.
  const callSites = found
    .filter((site, i) => found.findIndex((other) => other.callSpan.start === site.callSpan.start && other.callSpan.end === site.callSpan.end) === i)
    .map((site): CallSite => ({ ...site, credential: { ...site.credential, literals: site.credential.literals.map((l) => constantIf(l, constants)) } }));
  // Comments and bare `Key …` strings count only where the file really talks to Clarifai (fal.ai uses `Key` too).
  const anchored = callSites.length > 0 || importsUnder(ctx, 'com.clarifai') || importsUnder(ctx, 'clarifai2');
  const credentialNames = new Set(callSites.flatMap((s) => (s.credential.name ? [s.credential.name.split('.').pop()!] : [])));
  return { callSites, secrets: jvmSecrets(ctx, { anchored, credentialNames, foreignHeaders: http.foreignHeaders }, constants, callSites) };
}
