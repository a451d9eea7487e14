package failwise.engine;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/** A class no pack is made of, which says when a stream builds one: the stand-in for a deserialization gadget. */
final class Planted implements Serializable {
    private static final long serialVersionUID = 1L;
    static volatile boolean built;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        built = true;
    }
}
