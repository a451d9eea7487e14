/**
 * Many fact files checked at once on one compiled rule base: finding the files, evaluating them in parallel,
 * handing the results over in input order, counting them and rendering them as text, JSON Lines or JUnit XML.
 */
package failwise.batch;
