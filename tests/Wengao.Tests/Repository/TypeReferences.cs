using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Wengao.Tests.Repository;

/// <summary>
/// Every reference a compiled assembly's types make to types of one root namespace, read from the IL with Cecil, so
/// that what a `using` hides (a call through `var`, a lambda's closure, a generic argument) counts as it does at run
/// time. A nested or compiler-generated type counts as its outermost declaring type: a closure is its method's.
/// What the compiler folds away leaves no reference and is not seen: a const's value (copied into the IL as a
/// literal), a nameof, a cref in a comment.
/// </summary>
public static class TypeReferences
{
    /// <param name="assemblyPath">the built assembly</param>
    /// <param name="root">the root namespace, "Wengao": types outside it are neither read nor counted as referred to</param>
    public static IReadOnlyList<TypeReferenceSite> Read(string assemblyPath, string root)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var found = new List<TypeReferenceSite>();
        foreach (var type in module.Types.Where(type => InRoot(type.Namespace, root)))
            new Walker(type, root, found).Walk(type);
        return found;
    }

    private static bool InRoot(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    /// <summary>Collects what one top-level type, with its nested types, refers to.</summary>
    private sealed class Walker(TypeDefinition owner, string root, List<TypeReferenceSite> found)
    {
        private string _member = owner.Name;

        public void Walk(TypeDefinition type)
        {
            _member = type == owner ? owner.Name : type.FullName[(owner.Namespace.Length + 1)..];
            Refer(type.BaseType);
            foreach (var implemented in type.Interfaces) { Refer(implemented.InterfaceType); Attributes(implemented); }
            Attributes(type);
            GenericParameters(type);
            foreach (var field in type.Fields) { At(type, field.Name); Refer(field.FieldType); Attributes(field); }
            foreach (var property in type.Properties)
            {
                At(type, property.Name);
                Refer(property.PropertyType);
                Attributes(property);
                foreach (var parameter in property.Parameters) Refer(parameter.ParameterType);
            }
            foreach (var @event in type.Events) { At(type, @event.Name); Refer(@event.EventType); Attributes(@event); }
            foreach (var method in type.Methods) Method(type, method);
            foreach (var nested in type.NestedTypes) Walk(nested);
        }

        private void At(TypeDefinition type, string member) =>
            _member = (type == owner ? owner.Name : type.FullName[(owner.Namespace.Length + 1)..]) + "." + member;

        private void Method(TypeDefinition type, MethodDefinition method)
        {
            At(type, method.Name);
            Signature(method);
            Attributes(method);
            Attributes(method.MethodReturnType);
            foreach (var parameter in method.Parameters) Attributes(parameter);
            GenericParameters(method);
            foreach (var overridden in method.Overrides) MethodReference(overridden);
            if (!method.HasBody) return;
            foreach (var variable in method.Body.Variables) Refer(variable.VariableType);
            foreach (var handler in method.Body.ExceptionHandlers) Refer(handler.CatchType);
            foreach (var instruction in method.Body.Instructions)
                switch (instruction.Operand)
                {
                    case TypeReference operand: Refer(operand); break;
                    case MethodReference operand: MethodReference(operand); break;
                    case FieldReference operand: Refer(operand.DeclaringType); Refer(operand.FieldType); break;
                    case CallSite operand: Signature(operand); break;
                }
        }

        private void MethodReference(MethodReference method)
        {
            Refer(method.DeclaringType);
            Signature(method);
            if (method is GenericInstanceMethod instance)
            {
                foreach (var argument in instance.GenericArguments) Refer(argument);
                MethodReference(instance.ElementMethod);
            }
        }

        private void Signature(IMethodSignature method)
        {
            Refer(method.ReturnType);
            foreach (var parameter in method.Parameters) Refer(parameter.ParameterType);
        }

        private void GenericParameters(IGenericParameterProvider provider)
        {
            foreach (var parameter in provider.GenericParameters)
            {
                Attributes(parameter);
                foreach (var constraint in parameter.Constraints) { Refer(constraint.ConstraintType); Attributes(constraint); }
            }
        }

        private void Attributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Refer(attribute.AttributeType);
                // typeof(X) and enum values given to an attribute name types too.
                foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Concat(attribute.Fields).Select(named => named.Argument)))
                {
                    Refer(argument.Type);
                    if (argument.Value is TypeReference typeArgument) Refer(typeArgument);
                }
            }
        }

        private void Refer(TypeReference? type)
        {
            switch (type)
            {
                case null or GenericParameter: return;
                case GenericInstanceType instance:
                    Refer(instance.ElementType);
                    foreach (var argument in instance.GenericArguments) Refer(argument);
                    return;
                case IModifierType modified:
                    Refer(modified.ModifierType);
                    Refer(modified.ElementType);
                    return;
                case FunctionPointerType pointer: Signature(pointer); return;
                case TypeSpecification specification: Refer(specification.ElementType); return; // arrays, by-refs, pointers
            }
            var target = Outermost(type);
            if (!InRoot(target.Namespace, root)) return;
            found.Add(new TypeReferenceSite(owner.Namespace, owner.FullName, target.Namespace, target.FullName, _member));
        }
    }
}
