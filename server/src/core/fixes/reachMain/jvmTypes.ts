// How a Java or Kotlin file names a class a fix writes (`UserAppIDSet`, `ClarifaiCallCredentials`, Retrofit's `Header`).
import type { JvmWriter } from '../jvm';
import type { FixPlan } from './plan';

/** The class's simple name, with an import of it added when the file does not import it yet. */
export function jvmTypeName(plan: FixPlan, writer: JvmWriter, qualified: string): string {
  const local = plan.support.localName(qualified);
  if (local) return local;
  const at = plan.support.importOffset();
  plan.addImports([{ start: at, end: at, newText: writer.importLine(qualified, plan.text) }]);
  return qualified.slice(qualified.lastIndexOf('.') + 1);
}
