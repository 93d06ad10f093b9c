/** The Idempotency-Key of money-moving POSTs: first response kept and replayed (spec Part I #17). */
package org.openmint.idempotency;
