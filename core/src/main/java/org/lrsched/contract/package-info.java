/**
 * What a table owes {@code Schedule.at}, read off the plan of its range: bit identity where the range is IEEE
 * arithmetic alone, a bound relative to the largest rate where it calls cos, pow, exp, log or tanh.
 */
package org.lrsched.contract;
