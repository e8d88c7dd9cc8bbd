// Who ran an operator CLI, recorded as the importer of what it writes ("cli:<user>"): one definition for every script.
import os from "node:os";

export function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    // No passwd entry (some containers): still record that a CLI did it.
    return "unknown";
  }
}
