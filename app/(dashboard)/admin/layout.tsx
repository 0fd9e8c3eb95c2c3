import type { ReactNode } from "react";

import "./admin.css";

/** Wrap the admin pages in their styles. Each page checks the role itself, because a layout does not run again on every navigation. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="admin">{children}</div>;
}
