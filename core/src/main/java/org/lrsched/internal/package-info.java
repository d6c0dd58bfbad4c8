/** Python's number semantics, parameter checks, overflow errors and echoes of user input: not exported. */
package org.lrsched.internal;
