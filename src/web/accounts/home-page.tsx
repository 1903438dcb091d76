import { useSession } from "../shell/use-session";
import { ClientHome } from "./client-home";
import { StaffHome } from "./staff-home";
import { WorkerHome } from "./worker-home";

/** /home: each kind of account gets its own start page; later issues fill them with assignments and payments. */
export function HomePage() {
  const me = useSession();
  if (me.accountType === "client") {
    return <ClientHome me={me} />;
  }
  if (me.accountType === "worker") {
    return <WorkerHome me={me} />;
  }
  return <StaffHome me={me} />;
}
