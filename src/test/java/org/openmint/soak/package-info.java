/** The soak tool and invariant checker: many clients, random money moves, crashes, then the ledger audited. */
package org.openmint.soak;
