package dev.ceasefire.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * The fact types some rule of a rule base can match: those its network has an object-type node for (or a
 * supertype of). A fact of any other type is invisible to every rule, so an evaluation need not insert it; a
 * rule base narrowed to one or two positions reads far fewer fact groups than the whole.
 */
final class ReadTypes {

  private final List<ObjectType> types;
  private final Map<Class<?>, Boolean> answers = new ConcurrentHashMap<>();

  ReadTypes(KieBase base) {
    this.types = ((InternalRuleBase) base).getRete().getObjectTypeNodes().stream()
        .map(ObjectTypeNode::getObjectType).toList();
  }

  /** Whether some rule can match a fact of this class. */
  boolean read(Class<?> type) {
    return answers.computeIfAbsent(type, t -> types.stream().anyMatch(o -> o.isAssignableFrom(t)));
  }
}
